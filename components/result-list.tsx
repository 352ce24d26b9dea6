import './result-list.css';
import type { ComponentChildren } from 'preact';
import type { Category, Project } from '@/catalog/types';
import type { MessageKey } from './i18n';
import { useLocale } from './locale-context';
import { optionAccessibleName } from './option-name';
import { OrphanOption } from './orphan-option';
import { CategoryBadges, StatusBadge, useSummary } from './project-badges';
import { ItemActions } from './result-actions';
import { isProjectItem, itemId, layoutRows, type ResultGroup, type Row } from './result-rows';
import { useListFocus } from './use-list-focus';
import { useRowHover } from './use-row-hover';

export interface ResultListProps {
  id: string; // the listbox's DOM id (the combobox's aria-controls)
  label: string; // the listbox's accessible name
  groups: readonly ResultGroup[];
  categories: readonly Category[];
  activeKey: string | null;
  /** Whether the active item shows its details (alternatives, links) under it. */
  detailsOpen: boolean;
  favourites: ReadonlySet<string>;
  onFavourite: (id: string, on: boolean) => void;
  onOpen: (project: Project, options: { background: boolean }) => void;
  /** Make an item active; the details toggle also says whether its details should show. */
  onActivate: (key: string, options: { details?: boolean }) => void;
  renderDetails: (project: Project) => ComponentChildren;
  /** The list's data is still loading (aria-busy). */
  busy?: boolean;
  /** Focuses the search box: Escape on a row's control, or the focused row went away. */
  onLeave?: () => void;
}

/** The DOM id of an item's option, for aria-activedescendant. */
export function optionId(listboxId: string, key: string): string {
  return `${listboxId}-option-${key.replace(/[^\w-]/g, '_')}`;
}

type ItemRow = Extract<Row, { kind: 'item' }>;

const actionsId = (listboxId: string, key: string) => `${optionId(listboxId, key)}-actions`;

/**
 * Results as a listbox of options (DESIGN.md contract). The favourite and details buttons sit
 * beside each option, not inside it: an option's children are presentational, so a button in it
 * would be hidden from assistive technology (axe "nested-interactive"), and a listbox may hold
 * only options and groups (axe "aria-required-children"). A CSS grid whose columns share rows
 * (subgrid) keeps each option and its buttons on one visual row while the DOM keeps them apart;
 * the active item's details (links) take the next row, outside the listbox.
 */
export function ResultList(props: ResultListProps) {
  const { id, label, groups, activeKey, detailsOpen } = props;
  const rows = layoutRows(groups, detailsOpen ? activeKey : null);
  const span = { gridRow: `1 / span ${Math.max(1, rows.length)}` };
  const items = rows.filter((row): row is ItemRow => row.kind === 'item');
  const { hovered, onPointerOver, onPointerLeave } = useRowHover();
  const focus = useListFocus(
    (key) => document.getElementById(actionsId(id, key))?.querySelector<HTMLElement>('.fav-button') ?? null,
    props.onLeave,
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; it hears Escape from the buttons and links inside and the pointer for row hover
    <div class="results" onKeyDown={focus.onKeyDown} onPointerOver={onPointerOver} onPointerLeave={onPointerLeave}>
      <div
        class="results__listbox"
        role="listbox"
        id={id}
        aria-label={label}
        aria-busy={props.busy ? true : undefined}
        style={span}
      >
        {groups.map((group) => (
          <ListGroup key={group.id} listProps={props} hovered={hovered} group={group} rows={rows} />
        ))}
      </div>
      <div class="results__actions" style={span}>
        {items.map((row) => (
          <ItemActions
            key={row.item.key}
            id={actionsId(id, row.item.key)}
            detailsId={`${optionId(id, row.item.key)}-details`}
            item={row.item}
            line={row.line}
            active={row.item.key === activeKey}
            detailsOpen={detailsOpen}
            hovered={row.item.key === hovered}
            favourite={props.favourites.has(itemId(row.item))}
            onFavourite={(on) => {
              focus.starToggled(row.item.key);
              props.onFavourite(itemId(row.item), on);
            }}
            onDetails={(open) => props.onActivate(row.item.key, { details: open })}
          />
        ))}
      </div>
      {rows.map((row) =>
        row.kind === 'details' ? (
          <div
            key={`details-${row.item.key}`}
            id={`${optionId(id, row.item.key)}-details`}
            class="results__details"
            style={{ gridRow: row.line }}
          >
            {props.renderDetails(row.item.project)}
          </div>
        ) : null,
      )}
    </div>
  );
}

/** A labelled group is its own subgrid (role="group"); an unlabelled one puts its options straight in the listbox. */
function ListGroup({
  listProps,
  hovered,
  group,
  rows,
}: {
  listProps: ResultListProps;
  hovered: string | null;
  group: ResultGroup;
  rows: Row[];
}) {
  const own = rows.filter((row) => row.group === group.id);
  if (own.length === 0) return null;
  const first = own[0].line;
  const base = group.label ? first : 1; // grid lines inside the group count from its first row
  const options = own.map((row) =>
    row.kind === 'item' ? (
      <ResultOption key={row.item.key} listProps={listProps} hovered={hovered} row={row} base={base} />
    ) : null,
  );
  if (!group.label) return <>{options}</>;
  const labelId = `${listProps.id}-group-${group.id}`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a listbox may only hold options and groups; a fieldset is neither
    <div
      class="results__group"
      role="group"
      aria-labelledby={labelId}
      style={{ gridRow: `${first} / span ${own.length}` }}
    >
      <div id={labelId} class="results__group-label" style={{ gridRow: 1 }}>
        {group.label}
      </div>
      {options}
    </div>
  );
}

const statusKeys: Record<Exclude<Project['status'], 'active'>, MessageKey> = {
  maintenance: 'statusMaintenance',
  archived: 'statusArchived',
  'dead-link': 'statusDeadLink',
};

interface OptionProps {
  listProps: ResultListProps;
  hovered: string | null;
  row: ItemRow;
  base: number;
}

function ResultOption({ listProps, hovered, row, base }: OptionProps) {
  const { item } = row;
  if (!isProjectItem(item))
    return (
      <OrphanOption
        id={optionId(listProps.id, item.key)}
        item={item}
        active={item.key === listProps.activeKey}
        hovered={item.key === hovered}
        gridRow={row.line - base + 1}
        onActivate={() => listProps.onActivate(item.key, {})}
      />
    );
  return <ProjectOption listProps={listProps} hovered={hovered} row={row} project={item.project} base={base} />;
}

function ProjectOption({ listProps, hovered, row, project, base }: OptionProps & { project: Project }) {
  const { id, categories, activeKey, onOpen, onActivate } = listProps;
  const { lang, t } = useLocale();
  const { item } = row;
  const summary = useSummary(project);
  const active = item.key === activeKey;
  const status = project.status === 'active' ? undefined : t(statusKeys[project.status]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users open options from the combobox (Enter): APG combobox pattern
    // biome-ignore lint/a11y/useFocusableInteractive: options are never focused; the combobox points at them with aria-activedescendant
    <div
      id={optionId(id, item.key)}
      role="option"
      aria-selected={active}
      aria-label={optionAccessibleName(project, categories, lang, summary, status)}
      class={`results__option${active ? ' is-active' : ''}${active && listProps.detailsOpen ? ' has-details' : ''}${item.key === hovered ? ' is-hovered' : ''}`}
      style={{ gridRow: row.line - base + 1 }}
      data-project-id={project.id}
      data-row-key={item.key}
      // Keep focus (and the caret) in the combobox when an option is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        onActivate(item.key, {});
        onOpen(project, { background: event.ctrlKey || event.metaKey });
      }}
      onAuxClick={(event) => {
        if (event.button === 1) onOpen(project, { background: true });
      }}
    >
      <div class="results__line">
        <span class="results__name name-clamp" title={project.name}>
          {project.name}
        </span>
        <span class="results__badges">
          <CategoryBadges project={project} categories={categories} />
          <StatusBadge project={project} />
        </span>
      </div>
      {summary && <div class="results__summary">{summary}</div>}
    </div>
  );
}
