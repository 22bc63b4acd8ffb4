def f():
    super().x
f()
