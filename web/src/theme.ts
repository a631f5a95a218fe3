import { createTheme, type InputWrapperProps, type SelectProps } from '@mantine/core';

/** A component's theme entry, checked against its props without importing the component's code. */
type ThemeEntry<Props> = { defaultProps: Partial<Props> };

// Option lists mount only while open; the same entry fits Select, TagsInput and MultiSelect.
const comboboxClosedUnmounted = { defaultProps: { comboboxProps: { keepMounted: false } } } satisfies ThemeEntry<SelectProps>;

/** A calm, professional look: indigo accents on neutral greys, generous radius. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Labels stay exactly their words ("Name", not "Name *") so people and tests find fields by
    // label; required inputs still carry the `required` attribute and show a message when empty.
    // Plain entries, not `Select.extend(…)`: extend would pull every listed component's code
    // (Combobox, Popover, floating-ui) into the first chunk that every page, sign-in too, loads.
    InputWrapper: { defaultProps: { withAsterisk: false } } satisfies ThemeEntry<InputWrapperProps>,
    // Mount option lists only while open, so a closed Select's (or TagsInput's) listbox does not share its label.
    Select: comboboxClosedUnmounted,
    TagsInput: comboboxClosedUnmounted,
    MultiSelect: comboboxClosedUnmounted,
  },
});
