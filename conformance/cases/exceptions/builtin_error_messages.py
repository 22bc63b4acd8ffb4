# Messages of common built-in errors.
def show(func):
    try:
        func()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
    except NameError as e:
        print("NameError:", e)


show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: 2.0 / 0)
show(lambda: [1, 2][2])
show(lambda: (1,)[-2])
show(lambda: "ab"[5])
show(lambda: {"a": 1}["b"])
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (1,))
show(lambda: 3 - "x")
show(lambda: "x" * "y")
show(lambda: -"x")
show(lambda: ~1.5)
show(lambda: 1 < "a")
show(lambda: len(5))
show(lambda: int("abc"))
show(lambda: float("x"))
show(lambda: [].index(1))
show(lambda: (5).upper())
show(lambda: [].push(1))
show(lambda: "s".nope)
show(lambda: {}.x)
show(lambda: undefined_thing_abc)
show(lambda: [1, 2, 3][1:2:0])
show(lambda: {}[[]])
show(lambda: 2 ** "x")
show(lambda: divmod("a", 1))
show(lambda: None + None)
show(lambda: [] @ [])
show(lambda: 1 << 1.0)
show(lambda: 1.5 & 1)
show(lambda: "abc" % 5)
