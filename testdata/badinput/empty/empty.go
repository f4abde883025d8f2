// Package empty declares nothing: a bad-input case of the robustness tests.
package empty
