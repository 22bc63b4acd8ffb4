class A: pass
super(A, A()).nope
