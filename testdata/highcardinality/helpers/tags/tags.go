// Package tags is a module's own metrics layer whose tags are a struct
// of a key and a value that it turns into OpenTelemetry attributes.
package tags

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

// A Tag is a dimension of a metric and its value.
type Tag struct {
	Key   string // want Key:`metric key field`
	Value string // want Value:`metric value field`
}

const (
	operation   = "operation"
	namespaceID = "namespace_id"
	sessionID   = "session_id"
)

// StringTag makes a tag.
func StringTag(key, value string) Tag { // want StringTag:`makes metric keys of parameters 0` StringTag:`gives value to metric attribute`
	return Tag{Key: key, Value: value}
}

// OperationTag makes the operation tag.
func OperationTag(value string) Tag { // want OperationTag:`gives value to metric attribute`
	return Tag{Key: operation, Value: value}
}

// ErrorTypeTag makes a tag of the type of err: bounded.
func ErrorTypeTag(err error) Tag {
	return Tag{Key: "error_type", Value: typeName(err)}
}

// NamespaceIDTag makes the tag of a namespace's id.
func NamespaceIDTag(value string) Tag { // want NamespaceIDTag:`gives value to metric attribute`
	return Tag{Key: namespaceID, Value: value}
}

// SessionTag makes the tag of a client's session.
func SessionTag(value string) Tag { // want SessionTag:`gives value to metric attribute`
	return Tag{Key: sessionID, Value: value} // want `metric attribute "session_id", a key given to Tag, is a session id`
}

func typeName(err error) string {
	if err == nil {
		return "none"
	}
	return "error"
}

// A Counter records with tags.
type Counter struct{ c metric.Int64Counter }

// Record adds n with the tags.
func (c Counter) Record(n int64, tags ...Tag) {
	attrs := make([]attribute.KeyValue, 0, len(tags))
	for _, t := range tags {
		attrs = append(attrs, convert(t))
	}
	c.c.Add(context.Background(), n, metric.WithAttributes(attrs...))
}

func convert(t Tag) attribute.KeyValue {
	return attribute.String(t.Key, t.Value)
}
