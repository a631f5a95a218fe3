import { createTheme, InputWrapper, MultiSelect, Select, TagsInput } from '@mantine/core';

/** A calm, professional look: indigo accents on neutral greys, generous radius. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Labels stay exactly their words ("Name", not "Name *") so people and tests find fields by
    // label; required inputs still carry the `required` attribute and show a message when empty.
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
    // Mount option lists only while open, so a closed Select's (or TagsInput's) listbox does not share its label.
    Select: Select.extend({ defaultProps: { comboboxProps: { keepMounted: false } } }),
    TagsInput: TagsInput.extend({ defaultProps: { comboboxProps: { keepMounted: false } } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { comboboxProps: { keepMounted: false } } }),
  },
});
