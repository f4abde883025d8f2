package instrumentcreation

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/otellint/otellint/internal/apis"
)

// What goes wrong when a logger is built per request, and what to do.
const (
	whyLogger       = "it builds its encoder and sink on every call and drops the configuration of the program's logger"
	fixLogger       = "build it once at start-up, pass it in, and derive request loggers with With"
	whySampler      = "it allocates its table of counters (about 460 KB) on every call, and a sampler made per request samples nothing"
	fixSampler      = "sample the program's core once at start-up and derive request loggers with With"
	whyLoggerLookup = "a lock and a map lookup on every call, and the scope name repeated at each call site"
	fixLoggerLookup = "get it once at set-up, next to the other loggers"
)

// loggerPkgs are the packages whose loggers the pass knows how to build.
var loggerPkgs = []string{apis.ZapPkg, apis.ZapcorePkg, apis.LogAPIPkg, apis.OtelslogPkg}

// classifyLogger returns the creation made by a call that builds a
// logger at a cost well above deriving one, or looks one up:
//
//	zap.NewProduction(), zap.NewDevelopment(), zapCfg.Build()
//	zapcore.NewSamplerWithOptions(core, time.Second, 100, 100)
//	global.GetLoggerProvider().Logger("shop"), otelslog.NewLogger("shop")
//
// The constructors that cost about as much as logger.With
// (apis.CheapLoggerBuilders: slog.New, logrus.New, zerolog.New, zap.New
// of a core...) are not creations, whatever they are given: building
// such a logger per request costs what deriving one would.
func (c *checker) classifyLogger(call *ast.CallExpr) (creation, bool) {
	k := c.idx.Key(call)
	var what string
	switch {
	case k == "":
		return creation{}, false
	case slices.Contains(apis.CostlyLoggerBuilders, k), slices.Contains(apis.LoggerLookups, k):
		what = "logger " + loggerName(k)
	case slices.Contains(apis.LogSamplers, k):
		what = samplerWhat + loggerName(k)
	default:
		return creation{}, false
	}
	why, fix := loggerText(what)
	return creation{CategoryLoggerPerRequest, what, why, fix, false}, true
}

// samplerWhat starts the noun phrase of a sampler made per request.
const samplerWhat = "log sampler "

// loggerText returns the explanation and advice for a logger made per
// request, from the noun phrase saying what made it (a fact carries only
// that phrase).
func loggerText(what string) (why, fix string) {
	if strings.HasPrefix(what, samplerWhat) {
		return whySampler, fixSampler
	}
	for _, k := range apis.LoggerLookups {
		if what == "logger "+loggerName(k) {
			return whyLoggerLookup, fixLoggerLookup
		}
	}
	return whyLogger, fixLogger
}

// loggerFactory reports whether s builds a logger in a function that
// returns a logger, a core or a handler, and that is request-scoped only
// because it takes a context:
//
//	func newLogger(ctx context.Context, cfg Config) (*zap.Logger, error) {
//		l, err := cfg.Zap.Build()
//
// Such a function is the program's logger factory; whether it runs per
// request depends on its callers, where its fact reports it.
func (c *checker) loggerFactory(s *site) bool {
	if s.c.category != CategoryLoggerPerRequest || !s.place.Context || s.place.Loop || s.decl == nil {
		return false
	}
	fn, _ := c.pass.TypesInfo.Defs[s.decl.Name].(*types.Func)
	if fn == nil {
		return false
	}
	res := fn.Signature().Results()
	for i := 0; i < res.Len(); i++ {
		if apis.IsLoggerType(res.At(i).Type()) {
			return true
		}
	}
	return false
}

// loggerName names a logger constructor for messages:
// "go.uber.org/zap.NewProduction" -> "zap.NewProduction",
// "(go.uber.org/zap.Config).Build" -> "zap.Config.Build".
func loggerName(key string) string {
	key = strings.NewReplacer("(", "", ")", "").Replace(key)
	return key[strings.LastIndexByte(key, '/')+1:]
}
