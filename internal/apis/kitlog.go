package apis

// go-kit's logger and Open Policy Agent's: loggers that many services use,
// each with its own shape of keys and values.
//
// A go-kit Logger has one method, Log(keyvals ...any) error, whose even
// arguments are keys and odd ones values; level.Debug(l) and the other
// levels, log.With, log.WithPrefix and log.WithSuffix return loggers that
// add pairs of their own. Any type with that method is such a logger. The
// older github.com/go-kit/kit/log declares the same interface (an alias of
// github.com/go-kit/log's since kit v0.12).
//
// Open Policy Agent's logging.Logger (github.com/open-policy-agent/opa/v1/logging;
// the older path github.com/open-policy-agent/opa/logging declares an alias
// of it since OPA v1) logs printf-style at four levels, and WithFields
// returns a logger that adds the fields of a map.
const (
	KitLogPkg      = "github.com/go-kit/log"
	KitLevelPkg    = KitLogPkg + "/level"
	KitOldLogPkg   = "github.com/go-kit/kit/log"
	KitOldLevelPkg = KitOldLogPkg + "/level"

	OPALoggingPkg    = "github.com/open-policy-agent/opa/v1/logging"
	OPAOldLoggingPkg = "github.com/open-policy-agent/opa/logging"
)

var (
	// KitLog are the Log methods of go-kit's Logger interfaces, matched
	// on every implementation.
	KitLog = []string{m(KitLogPkg+".Logger", "Log"), m(KitOldLogPkg+".Logger", "Log")}
	// KitWith add key-value pairs to the logger they are given.
	KitWith = append(funcs(KitLogPkg, "With", "WithPrefix", "WithSuffix"), funcs(KitOldLogPkg, "With", "WithPrefix")...)
	// KitLevels return the logger they are given with a level added.
	KitLevels = append(funcs(KitLevelPkg, "Debug", "Info", "Warn", "Error"), funcs(KitOldLevelPkg, "Debug", "Info", "Warn", "Error")...)
	// KitNewLogger build a go-kit logger around a writer.
	KitNewLogger = append(funcs(KitLogPkg, "NewLogfmtLogger", "NewJSONLogger"), funcs(KitOldLogPkg, "NewLogfmtLogger", "NewJSONLogger")...)

	// OPALog are the printf-style methods of OPA's Logger interfaces,
	// matched on every implementation.
	OPALog = append(methods(OPALoggingPkg+".Logger", "Debug", "Info", "Warn", "Error"),
		methods(OPAOldLoggingPkg+".Logger", "Debug", "Info", "Warn", "Error")...)
	// OPAWithFields add the fields of a map to the logger.
	OPAWithFields = []string{m(OPALoggingPkg+".Logger", "WithFields"), m(OPAOldLoggingPkg+".Logger", "WithFields")}
)

func init() {
	pkgs(KitLogPkg, KitLevelPkg, KitOldLogPkg, KitOldLevelPkg, OPALoggingPkg, OPAOldLoggingPkg)
	// The newer path first: where the older is an alias of it, an
	// implementation is reported under the newer's key.
	registerInterface(KitLogPkg+".Logger", "Log")
	registerInterface(KitOldLogPkg+".Logger", "Log")
	registerInterface(OPALoggingPkg+".Logger", "Debug", "Info", "Warn", "Error", "WithFields")
	registerInterface(OPAOldLoggingPkg+".Logger", "Debug", "Info", "Warn", "Error", "WithFields")
	def(KitLog...)
	def(KitWith...)
	def(KitLevels...)
	def(KitNewLogger...)
	def(OPALog...)
	def(OPAWithFields...)
}
