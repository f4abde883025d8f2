package apis

import "slices"

// Prometheus client_golang.
const (
	PromPkg     = "github.com/prometheus/client_golang/prometheus"
	PromautoPkg = "github.com/prometheus/client_golang/prometheus/promauto"
)

var (
	// PromNewVec are the constructors of labelled collectors; their
	// second argument is the list of label names.
	PromNewVec = append(funcs(PromPkg, "NewCounterVec", "NewGaugeVec", "NewHistogramVec", "NewSummaryVec"),
		append(funcs(PromautoPkg, "NewCounterVec", "NewGaugeVec", "NewHistogramVec", "NewSummaryVec"),
			methods(PromautoPkg+".Factory", "NewCounterVec", "NewGaugeVec", "NewHistogramVec", "NewSummaryVec")...)...)
	// PromNew are the constructors of unlabelled collectors.
	PromNew = append(funcs(PromPkg, "NewCounter", "NewGauge", "NewHistogram", "NewSummary", "NewCounterFunc", "NewGaugeFunc"),
		append(funcs(PromautoPkg, "NewCounter", "NewGauge", "NewHistogram", "NewSummary", "NewCounterFunc", "NewGaugeFunc"),
			methods(PromautoPkg+".Factory", "NewCounter", "NewGauge", "NewHistogram", "NewSummary", "NewCounterFunc", "NewGaugeFunc")...)...)
	// PromWith are the methods that pick a child by labels.
	PromWith = append(methods(PromPkg+".CounterVec", "With", "WithLabelValues", "GetMetricWith", "GetMetricWithLabelValues", "MustCurryWith", "CurryWith"),
		append(methods(PromPkg+".GaugeVec", "With", "WithLabelValues", "GetMetricWith", "GetMetricWithLabelValues", "MustCurryWith", "CurryWith"),
			append(methods(PromPkg+".HistogramVec", "With", "WithLabelValues", "GetMetricWith", "GetMetricWithLabelValues", "MustCurryWith", "CurryWith"),
				methods(PromPkg+".SummaryVec", "With", "WithLabelValues", "GetMetricWith", "GetMetricWithLabelValues", "MustCurryWith", "CurryWith")...)...)...)
	// PromNewRegistry create a registry.
	PromNewRegistry = funcs(PromPkg, "NewRegistry", "NewPedanticRegistry")
	// PromRegisterFuncs register a collector with the default registry,
	// PromRegistryRegister with the registry they are called on.
	PromRegisterFuncs    = funcs(PromPkg, "MustRegister", "Register")
	PromRegistryRegister = methods(PromPkg+".Registry", "MustRegister", "Register")
	PromRegister         = slices.Concat(PromNewRegistry, PromRegisterFuncs, PromRegistryRegister)
	// PromRegistration register collectors with a registry or remove them:
	// the package functions, and the methods of a Registry or of the
	// Registerer interface.
	PromRegistration = slices.Concat(PromRegisterFuncs, PromRegistryRegister,
		funcs(PromPkg, "Unregister"), methods(PromPkg+".Registry", "Unregister"),
		methods(PromPkg+".Registerer", "MustRegister", "Register", "Unregister"))
	// PromKeepsLabels are the methods of a labelled collector (promoted from
	// its MetricVec) that make no new child: Reset, the Delete methods,
	// Describe and Collect.
	PromKeepsLabels = methods(PromPkg+".MetricVec", "Reset", "Delete", "DeleteLabelValues", "DeletePartialMatch", "Describe", "Collect")
	PromautoWith    = PromautoPkg + ".With"
	// PromVecReset is the Reset method of a labelled collector (promoted
	// from its MetricVec): it deletes every child.
	PromVecReset = m(PromPkg+".MetricVec", "Reset")
	// PromVecDelete are the methods of a labelled collector (promoted from
	// its MetricVec) that delete the children of the label values given:
	// DeleteLabelValues(values...), Delete(labels), DeletePartialMatch(labels).
	PromVecDelete = methods(PromPkg+".MetricVec", "Delete", "DeleteLabelValues", "DeletePartialMatch")
	// PromVecDeleteValues is the one of them given the label values
	// themselves; the others take a prometheus.Labels map.
	PromVecDeleteValues = m(PromPkg+".MetricVec", "DeleteLabelValues")
)

func init() {
	pkgs(PromPkg, PromautoPkg)
	def(PromNewVec...)
	def(PromNew...)
	def(PromWith...)
	def(PromRegister...)
	def(PromRegistration...)
	def(PromKeepsLabels...)
	def(PromVecDelete...)
	def(PromautoWith)
}
