// Package schema publishes events whose keys follow a PascalCase schema
// of its own, declared as typed constants: an inline key of the same
// shape follows the package's convention.
package schema

import (
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

// AttributeKey is a key of the event schema.
type AttributeKey string

// String returns the key.
func (k AttributeKey) String() string { return string(k) }

const (
	keySessionID  AttributeKey = "SessionID"
	keyWebhookURL AttributeKey = "WebhookURL"
)

// Failed is the event of a failed webhook.
func Failed(session, url string, err error) trace.EventOption {
	return trace.WithAttributes(
		attribute.String(keySessionID.String(), session),
		attribute.String(keyWebhookURL.String(), url),
		attribute.String("Error", err.Error()), // the schema's own case
	)
}
