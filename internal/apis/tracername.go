package apis

// NoopTracerProviders are the tracer providers whose tracers record
// nothing, so that the name given to Tracer does not matter.
var NoopTracerProviders = []string{TracePkg + "/noop.TracerProvider"}
