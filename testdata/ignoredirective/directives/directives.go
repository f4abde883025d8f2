package directives

func f() int {
	//otellint:ignore spanend the caller ends the span
	a := 1
	/* want `otellint:ignore directive has no reason` */ //otellint:ignore spanend
	b := 2
	/* want `names unknown pass spanned` */ //otellint:ignore spanned typo in the name
	c := 3
	/* want `names no pass` */ //otellint:ignore
	d := 4
	//otellint:ignore otellint,piilog both passes, with a reason
	e := 5
	//otellint:ignore spanend // a reason written like a nolint comment
	f := 6
	//nolint:otellint // nolint directives are not checked here
	return a + b + c + d + e + f
}
