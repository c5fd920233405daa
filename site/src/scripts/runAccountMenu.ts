import { currentUser } from './currentUser'

/** The header's account entry: "Sign in" as prerendered; the person's name and links once known. */
export const runAccountMenu = async (): Promise<void> => {
  const signIn = document.querySelector<HTMLElement>('[data-account-signin]')
  const signedIn = document.querySelectorAll<HTMLElement>('[data-account-user]')
  const name = document.querySelector<HTMLElement>('[data-account-name]')
  if (!signIn || !name) return
  const user = await currentUser()
  if (!user) return
  name.textContent = user.displayName
  signIn.hidden = true
  for (const element of signedIn) element.hidden = false
}
