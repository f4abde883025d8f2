// Package labeluse labels metrics through the module's own label types:
// keys given to their key parameters and fields, values to their value
// fields, beside bounded ones and a span attribute wrapper.
package labeluse

import (
	"context"
	"strconv"

	"go.opentelemetry.io/otel/metric"

	"otellint.test/highcardinality/helpers/labels"
	"otellint.test/highcardinality/helpers/spanlabels"
	"otellint.test/highcardinality/helpers/tags"
)

var (
	streamLabel = labels.NewLabel("stream_id") // want `metric attribute "stream_id", a key given to NewLabel, is an id, whose values are unbounded`
	nodeLabel   = labels.NewLabel("node_id")
	kindLabel   = labels.NewLabel("kind")
)

// streamClosed records a stream's end, labelled by the stream's number.
func streamClosed(c *labels.Counter, stream int64, node string) {
	c.With(streamLabel.Value(strconv.FormatInt(stream, 10)), nodeLabel.Value(node), kindLabel.Value("xds")).Increment()
}

// dataLoss records a lost workflow with its id and the error's text.
func dataLoss(c tags.Counter, workflowID string, err error) {
	c.Record(1,
		tags.StringTag("workflow_id", workflowID), // want `metric attribute "workflow_id", a key given to StringTag, is a workflow id`
		tags.OperationTag("load"),
		tags.StringTag("error", err.Error()),       // want `metric attribute is set, through parameter value of StringTag, to err.Error\(\)`
		tags.Tag{Key: "cause", Value: err.Error()}, // want `metric attribute value Value is set to err.Error\(\)`
	)
}

// Negative twins: bounded keys and values, and a span attribute wrapper.
func loaded(ctx context.Context, c tags.Counter, n metric.Int64Counter, userID string, err error) {
	c.Record(1, tags.StringTag("reason", "timeout"), tags.ErrorTypeTag(err), tags.Tag{Key: "outcome", Value: "ok"})
	spanlabels.Annotate(ctx, n, spanlabels.Field("user_id", userID), spanlabels.Field("error", err.Error()))
}
