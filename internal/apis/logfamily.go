package apis

// The logging families: the library a recognised logging or printing call
// belongs to, whatever package of the library declares it. A team
// standardises on one family; rawlogging reports the others.
const (
	FamilyZap     = "zap"
	FamilySlog    = "slog"
	FamilyLogrus  = "logrus"
	FamilyZerolog = "zerolog"
	FamilyGoKit   = "gokit" // github.com/go-kit/log and go-kit/kit's log
	FamilyStdLog  = "log"   // the standard library's log package
	FamilyFmt     = "fmt"   // printing, not a logger
)

// StructuredFamilies are the structured logging libraries a team may
// name as its logger.
var StructuredFamilies = []string{FamilyZap, FamilySlog, FamilyLogrus, FamilyZerolog, FamilyGoKit}

// logFamilies maps the package of a logging or printing API to its family.
var logFamilies = map[string]string{
	ZapPkg:         FamilyZap,
	ZapcorePkg:     FamilyZap,
	OtelzapPkg:     FamilyZap, // the OTel bridge wraps a zap logger
	SlogPkg:        FamilySlog,
	LogrusPkg:      FamilyLogrus,
	ZerologPkg:     FamilyZerolog,
	ZerologLog:     FamilyZerolog,
	StdLogPkg:      FamilyStdLog,
	KitLogPkg:      FamilyGoKit,
	KitLevelPkg:    FamilyGoKit,
	KitOldLogPkg:   FamilyGoKit,
	KitOldLevelPkg: FamilyGoKit,
	FmtPkg:         FamilyFmt,
}

// LogFamily returns the family of the API named by a canonical key
// (a key of a recognised call, from [Index.Key] or [Index.FuncKey]), or ""
// when the key is not one of a logging or printing package.
func LogFamily(key string) string {
	return PackageLogFamily(KeyPackage(key))
}

// PackageLogFamily returns the family of the logging or printing package
// with the given path, or "".
func PackageLogFamily(path string) string {
	return logFamilies[path]
}
