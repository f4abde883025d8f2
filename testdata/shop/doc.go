// Package shop is a small order service that commits every OpenTelemetry
// pitfall otellint knows, beside the correct way of doing the same thing.
// Each line with an expected finding ends with a marker comment
// "finding: <pass>/<category>".
package shop
