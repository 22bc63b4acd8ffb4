def a(): b()
def b(): c()
def c():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
a()
