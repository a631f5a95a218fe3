/**
 * Props for PasswordInput's show/hide button. Mantine names it "Toggle password visibility",
 * which would also match a search for the "Password" label; this name stays clear of it.
 */
export const passwordToggleProps = { 'aria-label': 'Show typed characters' } as const;
