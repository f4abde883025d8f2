package apis

import (
	"go/types"
	"maps"
	"slices"
)

// A CallShape says how a logging call, or a baggage constructor, passes the
// keys and values it writes: which arguments are keys, which are values,
// and whether a value is written whole.
type CallShape struct {
	Args ArgLayout
	// Whole is set when the values are written whole, by reflection or
	// %v, so that a struct shows every field: zap.Any, slog.Any,
	// logrus.WithField, key-value pairs of ...any, print arguments.
	Whole bool
	// Writer is set when the first argument is where the text goes
	// (fmt.Fprintf): the layout applies to the arguments after it.
	Writer bool
}

// An ArgLayout is where the keys and values are among a call's arguments.
// The variadic parameter is found from the callee's signature.
type ArgLayout uint8

const (
	FieldArgs      ArgLayout = iota + 1 // key, value: zap.String(k, v), slog.Any, e.Str(k, v), logrus.WithField
	PairArgs                            // alternating keys and values from the variadic argument on: sugar.Infow(msg, k, v), slog.Info(msg, k, v)
	GroupArgs                           // a key, then pairs: slog.Group(k, k1, v1)
	FormatArgs                          // a printf format, then its operands: log.Printf, sugar.Infof, e.Msgf
	PrintArgs                           // every variadic argument is a value: log.Print, sugar.Info, logrus.Info
	MessageArgs                         // the message before the variadic fields: logger.Info(msg, fields...), e.Msg(msg)
	MemberArgs                          // key, value of a baggage member or property: baggage.NewMember(k, v)
	LoggerPairArgs                      // a logger, then alternating keys and values: log.With(logger, k, v) (go-kit)
	MapArgs                             // a map of keys to values: logger.WithFields(map[string]any{k: v}) (OPA)
	ValueArgs                           // one value written as it is, the last argument: logx.Infov(v), logc.Infov(ctx, v) (go-zero)
)

// callShapes maps the key of every call whose keys and values otellint
// reads to its shape.
var callShapes = map[string]CallShape{}

// defShape records the shape of the calls named by keys.
func defShape(s CallShape, keys ...string) {
	for _, k := range keys {
		if _, dup := callShapes[k]; dup {
			panic("apis: two shapes for " + k)
		}
		callShapes[k] = s
	}
}

// ShapeOf returns the shape of the call with the given key, and false if
// the call writes no keys or values that otellint reads.
func ShapeOf(key string) (CallShape, bool) {
	s, ok := callShapes[key]
	return s, ok
}

// ShapedKeys returns the keys of every call with a shape, sorted.
func ShapedKeys() []string {
	return slices.Sorted(maps.Keys(callShapes))
}

// FieldTypes are the types of a field built by its own constructor
// (zap.String, slog.Int): among key-value pairs such a value stands alone.
var FieldTypes = []string{ZapcorePkg + ".Field", SlogPkg + ".Attr", GoZeroLogxPkg + ".LogField"}

// FieldMaps are the map types whose literals list fields: logrus.Fields{"k": v}.
var FieldMaps = []string{LogrusPkg + ".Fields"}

// IsFieldType reports whether t is one of [FieldTypes].
func IsFieldType(t types.Type) bool { return namedTypeIn(t, FieldTypes) }

// IsFieldMap reports whether t is one of [FieldMaps].
func IsFieldMap(t types.Type) bool { return namedTypeIn(t, FieldMaps) }

// namedTypeIs reports whether namedTypeKey(t) is key, without building
// the key.
func namedTypeIs(t types.Type, key string) bool { return namedTypeIn(t, []string{key}) }

// namedTypeIn reports whether namedTypeKey(t) is one of keys, without
// building the key: it is asked of the type of every composite literal.
func namedTypeIn(t types.Type, keys []string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return slices.Contains(keys, "")
	}
	path, name := n.Obj().Pkg().Path(), n.Obj().Name()
	for _, k := range keys {
		if len(k) == len(path)+1+len(name) && k[len(path)] == '.' && k[:len(path)] == path && k[len(path)+1:] == name {
			return true
		}
	}
	return false
}

// namedTypeKey returns "path.Name" for a named type, or "".
func namedTypeKey(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// suffixed returns each name with suffix appended: Info -> Infow.
func suffixed(names []string, suffix string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n + suffix
	}
	return out
}

// init fills the call-shape table: each call is listed by its key, with
// the shape its signature has (TestCallShapes checks them against the
// real libraries).
func init() {
	var (
		field   = CallShape{Args: FieldArgs}
		whole   = CallShape{Args: FieldArgs, Whole: true}
		pairs   = CallShape{Args: PairArgs, Whole: true}
		group   = CallShape{Args: GroupArgs, Whole: true}
		format  = CallShape{Args: FormatArgs}
		printed = CallShape{Args: PrintArgs, Whole: true}
		message = CallShape{Args: MessageArgs}
		member  = CallShape{Args: MemberArgs}
	)
	// The levels of the loggers that share a method set: zap's and
	// otelzap's, logrus's, the standard library's.
	zapLevels := []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"}
	logrusLevels := []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"}
	stdLevels := []string{"Print", "Fatal", "Panic"}
	zapWithCtx := OtelzapPkg + ".LoggerWithCtx"
	sugarWithCtx := OtelzapPkg + ".SugaredLoggerWithCtx"
	otelSugar := OtelzapPkg + ".SugaredLogger"

	// zap: the field constructors (zap.Inline has no key; zap.Object's
	// value marshals itself, yet its key is still a key).
	defShape(field, funcs(ZapPkg,
		"String", "Strings", "Stringp", "Stringer", "ByteString", "ByteStrings", "Binary",
		"Bool", "Boolp", "Bools", "Int", "Intp", "Ints", "Int64", "Int64p", "Int64s",
		"Int32", "Int32p", "Int32s", "Int16", "Int8", "Uint", "Uint64", "Uint32", "Uint16", "Uint8", "Uintptr",
		"Float64", "Float64p", "Float64s", "Float32", "Float32p", "Float32s",
		"Complex128", "Complex64", "Duration", "Durationp", "Durations", "Time", "Timep", "Times",
		"Object", "Array", "Dict", "NamedError", "Objects", "ObjectValues", "Stringers")...)
	defShape(whole, funcs(ZapPkg, "Any", "Reflect")...)
	// zap's Logger and otelzap's loggers: a message, then fields.
	defShape(message, methods(ZapLogger, append(slices.Clone(zapLevels), "Log")...)...)
	defShape(message, methods(OtelzapPkg+".Logger", suffixed(zapLevels, "Context")...)...)
	defShape(message, methods(zapWithCtx, zapLevels...)...)
	// zap's SugaredLogger and otelzap's: print, printf and key-value
	// pairs, with the context first in the ...Context forms.
	defShape(printed, methods(ZapSugared, append(slices.Concat(zapLevels, suffixed(zapLevels, "ln")), "Log", "Logln")...)...)
	defShape(format, methods(ZapSugared, append(suffixed(zapLevels, "f"), "Logf")...)...)
	defShape(pairs, methods(ZapSugared, append(suffixed(zapLevels, "w"), "Logw", "With")...)...)
	defShape(format, methods(sugarWithCtx, suffixed(zapLevels, "f")...)...)
	defShape(pairs, methods(sugarWithCtx, suffixed(zapLevels, "w")...)...)
	defShape(format, methods(otelSugar, suffixed(zapLevels, "fContext")...)...)
	defShape(pairs, methods(otelSugar, suffixed(zapLevels, "wContext")...)...)

	// log/slog: a message then key-value pairs or attributes.
	slogLog := []string{"Debug", "Info", "Warn", "Error", "Log", "DebugContext", "InfoContext", "WarnContext", "ErrorContext"}
	defShape(pairs, funcs(SlogPkg, append(slices.Clone(slogLog), "With")...)...)
	defShape(pairs, methods(SlogLogger, append(slices.Clone(slogLog), "With")...)...)
	defShape(message, SlogPkg+".LogAttrs", m(SlogLogger, "LogAttrs"), m(SlogLogger, "WithGroup"))
	defShape(field, funcs(SlogPkg, "String", "Int", "Int64", "Uint64", "Float64", "Bool", "Time", "Duration")...)
	defShape(whole, SlogPkg+".Any")
	defShape(group, SlogPkg+".Group")

	// logrus: one field, or print and printf at every level, from the
	// package, a Logger or an Entry.
	logrusPrint := append(slices.Clone(logrusLevels), suffixed(logrusLevels, "ln")...)
	logrusFormat := suffixed(logrusLevels, "f")
	defShape(whole, LogrusWithField...)
	defShape(printed, funcs(LogrusPkg, logrusPrint...)...)
	defShape(format, funcs(LogrusPkg, logrusFormat...)...)
	for _, typ := range []string{LogrusLog, LogrusEntry} {
		defShape(printed, methods(typ, logrusPrint...)...)
		defShape(format, methods(typ, logrusFormat...)...)
	}

	// zerolog: the fields of an Event and of a Context (logger.With());
	// Object's value marshals itself and is left out.
	zerologFields := []string{"Str", "Strs", "Stringer", "Bytes", "Hex", "RawJSON"}
	defShape(field, methods(ZerologEvt, append(slices.Clone(zerologFields), "Int", "Int64", "Float64", "Bool", "Time", "Dur", "IPAddr", "Uint64")...)...)
	defShape(field, methods(ZerologPkg+".Context", zerologFields...)...)
	defShape(whole, methods(ZerologEvt, "Interface", "Any")...)
	defShape(whole, methods(ZerologPkg+".Context", "Interface", "Any")...)
	defShape(message, m(ZerologEvt, "Msg"))
	defShape(format, m(ZerologEvt, "Msgf"))
	defShape(printed, m(ZerologLgr, "Print"), ZerologLog+".Print")
	defShape(format, m(ZerologLgr, "Printf"), ZerologLog+".Printf")

	// The standard library: log and fmt print and printf; fmt.Fprint*
	// only matter when they write to os.Stdout or os.Stderr.
	stdPrint := append(slices.Clone(stdLevels), suffixed(stdLevels, "ln")...)
	defShape(printed, funcs(StdLogPkg, stdPrint...)...)
	defShape(format, funcs(StdLogPkg, suffixed(stdLevels, "f")...)...)
	defShape(printed, methods(StdLogger, stdPrint...)...)
	defShape(format, methods(StdLogger, suffixed(stdLevels, "f")...)...)
	defShape(printed, funcs(FmtPkg, "Print", "Println")...)
	defShape(format, FmtPkg+".Printf")
	defShape(CallShape{Args: PrintArgs, Whole: true, Writer: true}, funcs(FmtPkg, "Fprint", "Fprintln")...)
	defShape(CallShape{Args: FormatArgs, Writer: true}, FmtPkg+".Fprintf")

	// go-kit: pairs given to Log, or added to a logger by With; the
	// keys of OPA's WithFields map, and its printf-style levels.
	defShape(pairs, KitLog...)
	defShape(CallShape{Args: LoggerPairArgs, Whole: true}, KitWith...)
	defShape(CallShape{Args: MapArgs, Whole: true}, OPAWithFields...)
	defShape(format, OPALog...)

	// Baggage members and properties travel to every downstream service.
	defShape(member, BaggageNewMember, BaggageNewMemberRaw, BaggagePkg+".NewKeyValueProperty")
}
