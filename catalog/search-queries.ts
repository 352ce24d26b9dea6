// The labelled query set for search quality (issue #5): what a person types, and the
// projects any one of which is a right first answer. catalog/search.test.ts asserts it
// against the bundled catalog; the benchmark (issue #8) measures top-1 accuracy with it
// for Archscout's search and for a plain Fuse.js baseline.
//
// Where a query names a category rather than a project, every project of that
// category is a right first answer: the catalog has no popularity data to prefer one.

export type QueryKind = 'name' | 'prefix' | 'typo' | 'alias' | 'chinese' | 'words' | 'description';

export interface LabelledQuery {
  query: string;
  expected: string[]; // project ids; the first result must be one of them
  kind: QueryKind;
}

const MESSAGE_QUEUE = ['rabbitmq', 'zeromq', 'netmq', 'beanstalkd', 'activemq', 'nsq', 'rabbitmq-internals'];
const CIRCUIT_BREAKER = ['polly', 'hystrix', 'hystrix-net'];
const SERVICE_DISCOVERY = ['zookeeper', 'etcd', 'skydns', 'consul'];
const CONFIGURATION = ['confd', 'consul-template', 'disconf', 'qconf', 'super-diamond', 'xdiamond', 'archaius'];
const FILE_SYSTEMS = [
  'ceph',
  'moosefs',
  'glusterfs',
  'fastdfs',
  'mogilefs',
  'xtreemfs',
  'taobao-file-system',
  'seaweedfs',
];
const LOAD_BALANCE = ['lvs', 'haproxy', 'bamboo', 'nginx', 'pen', 'balance', 'keepalived'];
// A category query lists the category, not a project first for repeating its words in a name
// or alias (catalog/search-category-points.ts): Balance and Pen ("tcp load balancer"), Taobao
// File System. Misspelt, they must not come first either.
const LOAD_BALANCE_BY_CATEGORY = LOAD_BALANCE.filter((id) => id !== 'balance' && id !== 'pen');
const FILE_SYSTEMS_BY_CATEGORY = FILE_SYSTEMS.filter((id) => id !== 'taobao-file-system');
const REVERSE_PROXY = ['nginx', 'varnish', 'squid'];
const SERVICE_BUS = ['masstransit', 'rebus', 'nservicebus', 'shuttle-esb', 'rhino-esb'];
const DATA_FORMATS = ['protocol-buffers', 'messagepack', 'thrift', 'avro', 'capn-proto', 'bond', 'json'];
// Languages are aliases (the catalog's `language`, catalog/search-index.ts).
const WRITTEN_IN_GO = ['nsq', 'bamboo', 'seaweedfs', 'confd', 'consul-template', 'etcd', 'skydns', 'consul'];
const WRITTEN_IN_CSHARP = [
  'akka-net',
  'zyan',
  'masstransit',
  'rebus',
  'nservicebus',
  'shuttle-esb',
  'rhino-esb',
  'netmq',
  'polly',
  'hystrix-net',
];

export const labelledQueries: LabelledQuery[] = [
  // Names, whole or as typed so far.
  { query: 'rabbitmq', expected: ['rabbitmq'], kind: 'name' },
  { query: 'nginx', expected: ['nginx'], kind: 'name' },
  { query: 'etcd', expected: ['etcd'], kind: 'name' },
  { query: 'consul', expected: ['consul'], kind: 'name' },
  { query: 'Hystrix', expected: ['hystrix'], kind: 'name' },
  { query: 'apache thrift', expected: ['thrift'], kind: 'name' },
  { query: 'vert.x', expected: ['vertx'], kind: 'name' },
  { query: 'akka.net', expected: ['akka-net'], kind: 'name' },
  { query: 'consul template', expected: ['consul-template'], kind: 'name' },
  { query: 'json schema', expected: ['json-schema'], kind: 'name' },
  { query: 'rabbit mq', expected: ['rabbitmq'], kind: 'name' },
  { query: 'apache zookeeper', expected: ['zookeeper'], kind: 'name' },
  { query: 'rabb', expected: ['rabbitmq'], kind: 'prefix' },
  { query: 'zook', expected: ['zookeeper'], kind: 'prefix' },
  { query: 'keepa', expected: ['keepalived'], kind: 'prefix' },
  { query: 'seaw', expected: ['seaweedfs'], kind: 'prefix' },
  { query: 'hapr', expected: ['haproxy'], kind: 'prefix' },
  { query: 'masst', expected: ['masstransit'], kind: 'prefix' },
  // Typos.
  { query: 'rabitmq', expected: ['rabbitmq'], kind: 'typo' },
  { query: 'rabbitqm', expected: ['rabbitmq'], kind: 'typo' },
  { query: 'haproxi', expected: ['haproxy'], kind: 'typo' },
  { query: 'zookeper', expected: ['zookeeper'], kind: 'typo' },
  { query: 'zokeeper', expected: ['zookeeper'], kind: 'typo' },
  { query: 'nginix', expected: ['nginx'], kind: 'typo' },
  { query: 'consule', expected: ['consul'], kind: 'typo' },
  { query: 'hystirx', expected: ['hystrix'], kind: 'typo' },
  { query: 'activmq', expected: ['activemq'], kind: 'typo' },
  { query: 'seaweedsf', expected: ['seaweedfs'], kind: 'typo' },
  { query: 'keepalive', expected: ['keepalived'], kind: 'typo' },
  { query: 'mogilfs', expected: ['mogilefs'], kind: 'typo' },
  { query: 'masstransti', expected: ['masstransit'], kind: 'typo' },
  { query: 'beanstalk', expected: ['beanstalkd'], kind: 'typo' },
  // Two neighbouring letters swapped, in a short name: Bitap scores it as two slips.
  { query: 'ngnix', expected: ['nginx'], kind: 'typo' },
  { query: 'cosnul', expected: ['consul'], kind: 'typo' },
  { query: 'etdc', expected: ['etcd'], kind: 'typo' },
  { query: 'haporxy', expected: ['haproxy'], kind: 'typo' },
  // A slip in a name followed by another word: the name still counts.
  { query: 'zookepe cluster', expected: ['zookeeper'], kind: 'typo' },
  // Aliases and well-known other names.
  { query: 'protobuf', expected: ['protocol-buffers'], kind: 'alias' },
  { query: 'zk', expected: ['zookeeper'], kind: 'alias' },
  { query: 'msgpack', expected: ['messagepack'], kind: 'alias' },
  { query: '0mq', expected: ['zeromq'], kind: 'alias' },
  { query: 'ØMQ', expected: ['zeromq'], kind: 'alias' },
  { query: 'capnp', expected: ['capn-proto'], kind: 'alias' },
  { query: 'tfs', expected: ['taobao-file-system'], kind: 'alias' },
  { query: 'nsb', expected: ['nservicebus'], kind: 'alias' },
  { query: 'amqp', expected: ['rabbitmq'], kind: 'alias' },
  { query: 'jms', expected: ['activemq'], kind: 'alias' },
  { query: 'ipvs', expected: ['lvs'], kind: 'alias' },
  { query: 'linux virtual server', expected: ['lvs'], kind: 'alias' },
  { query: 'engine x', expected: ['nginx'], kind: 'alias' },
  { query: 'raft', expected: ['etcd'], kind: 'alias' },
  { query: 'vrrp', expected: ['keepalived'], kind: 'alias' },
  { query: 'http accelerator', expected: ['varnish'], kind: 'alias' },
  // A language: "c#" is not "c" (the start of every name with a c), "golang" is Go, not "erlang".
  { query: 'c#', expected: WRITTEN_IN_CSHARP, kind: 'alias' },
  { query: 'golang', expected: WRITTEN_IN_GO, kind: 'alias' },
  // Chinese: category names, keywords and descriptions.
  { query: '熔断', expected: CIRCUIT_BREAKER, kind: 'chinese' },
  { query: '服务发现', expected: SERVICE_DISCOVERY, kind: 'chinese' },
  { query: '配置管理', expected: CONFIGURATION, kind: 'chinese' },
  { query: '淘宝', expected: ['taobao-file-system'], kind: 'chinese' },
  { query: '消息队列', expected: MESSAGE_QUEUE, kind: 'chinese' },
  { query: '反向代理', expected: REVERSE_PROXY, kind: 'chinese' },
  { query: '负载均衡', expected: LOAD_BALANCE, kind: 'chinese' },
  { query: '分布式文件系统', expected: FILE_SYSTEMS, kind: 'chinese' },
  { query: '分布式锁', expected: ['zookeeper'], kind: 'chinese' },
  { query: '奇虎', expected: ['qconf'], kind: 'chinese' },
  { query: '任务队列', expected: ['beanstalkd'], kind: 'chinese' },
  { query: '序列化', expected: DATA_FORMATS, kind: 'chinese' },
  // Several words.
  { query: 'circuit breaker', expected: CIRCUIT_BREAKER, kind: 'words' },
  { query: '.net service bus', expected: SERVICE_BUS, kind: 'words' },
  { query: 'distributed file system', expected: FILE_SYSTEMS, kind: 'words' },
  { query: 'message queue', expected: MESSAGE_QUEUE, kind: 'words' },
  { query: 'load balancer', expected: LOAD_BALANCE, kind: 'words' },
  { query: 'reverse proxy', expected: REVERSE_PROXY, kind: 'words' },
  { query: 'service discovery', expected: SERVICE_DISCOVERY, kind: 'words' },
  { query: 'configuration management', expected: CONFIGURATION, kind: 'words' },
  { query: 'actor model', expected: ['akka', 'akka-net'], kind: 'words' },
  { query: 'object storage', expected: ['ceph', 'seaweedfs'], kind: 'words' },
  { query: 'netflix circuit breaker', expected: ['hystrix'], kind: 'words' },
  { query: 'distribted file system', expected: FILE_SYSTEMS, kind: 'words' },
  { query: 'circuit braker', expected: CIRCUIT_BREAKER, kind: 'words' },
  // Plurals and abbreviations of category words are those words (catalog/search-word-variants.ts);
  // one word for two ("filesystem") is the category, not a name it comes near (Taobao File System).
  { query: 'proxies', expected: REVERSE_PROXY, kind: 'words' },
  { query: 'queues', expected: MESSAGE_QUEUE, kind: 'words' },
  { query: 'brokers', expected: MESSAGE_QUEUE, kind: 'words' },
  { query: 'load balancers', expected: LOAD_BALANCE_BY_CATEGORY, kind: 'words' },
  { query: 'file systems', expected: FILE_SYSTEMS_BY_CATEGORY, kind: 'words' },
  { query: 'circuit breakers', expected: CIRCUIT_BREAKER, kind: 'words' },
  { query: 'msg queue', expected: MESSAGE_QUEUE, kind: 'words' },
  { query: 'filesystem', expected: FILE_SYSTEMS_BY_CATEGORY, kind: 'words' },
  // A misspelt category query, as the right spelling: a name or alias that the misspelt word
  // comes near does not win ("balancr": Balance; "servce": Consul's "service mesh"), nor a name
  // the last word starts while the others fit a category only loosely ("disc...": Disconf).
  { query: 'load balancr', expected: LOAD_BALANCE_BY_CATEGORY, kind: 'words' },
  { query: 'lod balancer', expected: LOAD_BALANCE_BY_CATEGORY, kind: 'words' },
  { query: 'servce disc', expected: SERVICE_DISCOVERY, kind: 'words' },
  { query: 'servce discovry', expected: SERVICE_DISCOVERY, kind: 'words' },
  { query: 'mesage queu', expected: MESSAGE_QUEUE, kind: 'words' },
  { query: 'circit breaker', expected: CIRCUIT_BREAKER, kind: 'words' },
  { query: 'distributed fle system', expected: FILE_SYSTEMS, kind: 'words' },
  { query: 'file sytem', expected: FILE_SYSTEMS_BY_CATEGORY, kind: 'words' },
  { query: 'enterprise servce bus', expected: SERVICE_BUS, kind: 'words' },
  { query: '负载 均衡', expected: LOAD_BALANCE_BY_CATEGORY, kind: 'chinese' },
  { query: '负载均衡 balancr', expected: LOAD_BALANCE_BY_CATEGORY, kind: 'chinese' },
  { query: '消息队列 rabitmq', expected: ['rabbitmq'], kind: 'chinese' },
  // Words only the description or summary holds.
  { query: 'livejournal', expected: ['mogilefs'], kind: 'description' },
  { query: 'marathon', expected: ['bamboo'], kind: 'description' },
  { query: 'erlang', expected: ['rabbitmq'], kind: 'description' },
  { query: 'msmq', expected: ['rhino-esb'], kind: 'description' },
  { query: 'serialization', expected: DATA_FORMATS, kind: 'description' },
];
