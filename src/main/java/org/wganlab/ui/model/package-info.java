/**
 * View-models of the desktop app: what the window shows, as read-only JavaFX properties, and what the
 * user can ask for, as plain methods. No nodes live here, so every class can be tested without a
 * window, driven by a synchronous training control.
 */
package org.wganlab.ui.model;
