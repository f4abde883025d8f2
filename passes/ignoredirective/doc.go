// Package ignoredirective defines an Analyzer that checks otellint's own
// suppression comments.
//
// # Analyzer ignoredirective
//
// ignoredirective: check that //otellint:ignore directives are well-formed
//
// A finding of any otellint pass is silenced by a comment on its line, or
// alone on the line above it:
//
//	//otellint:ignore spanend,piilog the span is ended by the caller's middleware
//
// The names are pass names (or "otellint" for all of them) and the rest of
// the line is the reason, which is required: a suppression nobody can
// explain is a finding waiting to be rediscovered. This pass reports a
// directive that names no pass, names a pass otellint does not have, or
// gives no reason; such a directive silences nothing. The package's own
// Analyzer variable, for drivers that run passes one by one, does not know
// the suite's pass names and so does not check them; the instance the
// suite builds does.
//
// //nolint:otellint and //nolint:<pass> comments, as golangci-lint reads
// them, are honoured by every pass in standalone and go vet runs too; they
// are not checked here (golangci-lint's nolintlint does that).
//
// Categories:
//
//   - bad-directive: a malformed //otellint:ignore comment.
//
// # Examples
//
// Reported:
//
//	// bad-directive (no reason):
//	//otellint:ignore spanend
//	ctx, span := tracer.Start(ctx, "Order.Place")
//
//	// bad-directive (no pass of that name):
//	//otellint:ignore spanned the span is ended elsewhere
//	ctx, span := tracer.Start(ctx, "Order.Place")
//
// Silent:
//
//	//otellint:ignore spanend the span is ended by the deferred finish(span, &err)
//	ctx, span := tracer.Start(ctx, "Order.Place")
//
// # Configuration
//
// The pass has no options.
package ignoredirective
