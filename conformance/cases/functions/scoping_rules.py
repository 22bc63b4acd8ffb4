# LEGB scoping.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x
    return inner()


def uses_builtin():
    return len("abc")


def shadow_builtin():
    len = lambda s: -1
    return len("abc")


print(outer(), uses_builtin(), shadow_builtin(), len("abc"))


def counter_loop():
    results = []
    for i in range(3):
        results.append(i)
    return i, results


print(counter_loop())


def conditional_define(flag):
    if flag:
        value = "set"
    return value


print(conditional_define(True))
try:
    conditional_define(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
y = 10


def assign_after_read():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 20
    return y


print(assign_after_read())


def del_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)


print(del_local())
