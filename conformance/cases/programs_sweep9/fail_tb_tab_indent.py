def f(x):
	if x:
		return 1 / (x - x)
f(3)
