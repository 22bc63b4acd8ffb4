class A: pass
del A().nope
