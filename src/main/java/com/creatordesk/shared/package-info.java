/**
 * The deliberately small kernel every module may use: value types and web conventions, no beans, no entities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package com.creatordesk.shared;
