type Claims = Record<string, unknown>

/**
 * Everything the identity provider says about the person: its UserInfo answer (where providers
 * put the profile, e-mail and custom claims such as the unit code once an access token is issued)
 * under the ID token's own, signed claims. A provider that answers no UserInfo still signs in with
 * an ID token that holds the e-mail; without either the sign-in fails.
 */
export const providerClaims = async ({
  idToken,
  fetchUserInfo,
}: {
  idToken: Claims | undefined
  fetchUserInfo: () => Promise<Claims>
}): Promise<Claims> => {
  let userInfo: Claims = {}
  try {
    userInfo = await fetchUserInfo()
  } catch (error) {
    if (typeof idToken?.email !== 'string') throw error
  }
  return { ...userInfo, ...idToken }
}
