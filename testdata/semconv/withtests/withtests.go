// Package withtests is checked with include-tests.
package withtests
