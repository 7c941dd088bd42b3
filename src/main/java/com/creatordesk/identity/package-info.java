/**
 * Organizations (the tenant), team members, roles, sign-in, invitations and first-run sign-up; offers the
 * current organization and member to every other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {})
package com.creatordesk.identity;
