import './result-list.css';
import type { ComponentChildren } from 'preact';
import type { Category, Project } from '@/catalog/types';
import { FavouriteButton } from './favourite-button';
import type { MessageKey } from './i18n';
import { useLocale } from './locale-context';
import { optionAccessibleName } from './option-name';
import { OrphanOption } from './orphan-option';
import { CategoryBadges, StatusBadge, useSummary } from './project-badges';
import { isProjectItem, itemId, layoutRows, type ResultGroup, type Row } from './result-rows';

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
}

/** The DOM id of an item's option, for aria-activedescendant. */
export function optionId(listboxId: string, key: string): string {
  return `${listboxId}-option-${key.replace(/[^\w-]/g, '_')}`;
}

type ItemRow = Extract<Row, { kind: 'item' }>;

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
  return (
    <div class="results">
      <div
        class="results__listbox"
        role="listbox"
        id={id}
        aria-label={label}
        aria-busy={props.busy ? true : undefined}
        style={span}
      >
        {groups.map((group) => (
          <ListGroup key={group.id} listProps={props} group={group} rows={rows} />
        ))}
      </div>
      <div class="results__actions" style={span}>
        {items.map((row) => (
          <ItemActions key={row.item.key} listProps={props} row={row} />
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
function ListGroup({ listProps, group, rows }: { listProps: ResultListProps; group: ResultGroup; rows: Row[] }) {
  const own = rows.filter((row) => row.group === group.id);
  if (own.length === 0) return null;
  const first = own[0].line;
  const base = group.label ? first : 1; // grid lines inside the group count from its first row
  const options = own.map((row) =>
    row.kind === 'item' ? <ResultOption key={row.item.key} listProps={listProps} row={row} base={base} /> : null,
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

function ResultOption({ listProps, row, base }: { listProps: ResultListProps; row: ItemRow; base: number }) {
  const { item } = row;
  if (!isProjectItem(item))
    return (
      <OrphanOption
        id={optionId(listProps.id, item.key)}
        item={item}
        active={item.key === listProps.activeKey}
        gridRow={row.line - base + 1}
        onActivate={() => listProps.onActivate(item.key, {})}
      />
    );
  return <ProjectOption listProps={listProps} row={row} project={item.project} base={base} />;
}

function ProjectOption({
  listProps,
  row,
  project,
  base,
}: {
  listProps: ResultListProps;
  row: ItemRow;
  project: Project;
  base: number;
}) {
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
      class={`results__option${active ? ' is-active' : ''}${active && listProps.detailsOpen ? ' has-details' : ''}`}
      style={{ gridRow: row.line - base + 1 }}
      data-project-id={project.id}
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

function ItemActions({ listProps, row }: { listProps: ResultListProps; row: ItemRow }) {
  const { id, activeKey, detailsOpen, favourites, onFavourite, onActivate } = listProps;
  const { t } = useLocale();
  const { item } = row;
  const project = isProjectItem(item) ? item.project : undefined;
  const active = item.key === activeKey;
  const expanded = active && detailsOpen && project !== undefined;
  // Only the active row's buttons are in the Tab order; the arrow keys reach the other rows.
  const tabIndex = active ? 0 : -1;
  const name = isProjectItem(item) ? item.project.name : item.orphan.name;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not an interaction, it only stops a click moving focus off the combobox
    <div
      class={`results__item-actions${active ? ' is-active' : ''}${expanded ? ' has-details' : ''}`}
      style={{ gridRow: row.line }}
      // A click keeps focus (and typing) in the combobox; Tab still reaches the buttons.
      onMouseDown={(event) => event.preventDefault()}
    >
      <FavouriteButton
        name={name}
        pressed={favourites.has(itemId(item))}
        onToggle={(on) => onFavourite(itemId(item), on)}
        tabIndex={tabIndex}
      />
      {/* An orphan has no details to show; its star still removes it. */}
      {project && (
        <button
          type="button"
          class="icon-button results__details-toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? `${optionId(id, item.key)}-details` : undefined}
          aria-label={t('popupDetailsOf', project.name)}
          title={t('popupDetailsOf', project.name)}
          tabIndex={tabIndex}
          onClick={() => onActivate(item.key, { details: !expanded })}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
      )}
    </div>
  );
}
