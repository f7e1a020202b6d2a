/** A tag of the pane that Settings lets the agent map to a ticket type. */
export interface MappableTag {
  /** The tag's id (`class:billing`). */
  readonly id: string;
  /** Its label, as the pane shows it. */
  readonly label: string;
}

/**
 * The tags Settings offers to map: the classification plugin's classes. The plugin is loaded with
 * `import()`, the same chunk the pane loads for its classifier on the first email (usually already
 * there), so its model and corpus stay out of the initial bundle and of Settings' own chunk.
 *
 * @usageNotes
 * `const tags = await loadMappableTags(); // [{ id: 'class:support', label: 'Support request' }, …]`
 */
export async function loadMappableTags(): Promise<readonly MappableTag[]> {
  const { EMAIL_CLASSES, EMAIL_CLASS_LABELS, classificationTagId } =
    await import('@halo-outlook/plugin-classification');
  return EMAIL_CLASSES.map((c) => ({ id: classificationTagId(c), label: EMAIL_CLASS_LABELS[c] }));
}
