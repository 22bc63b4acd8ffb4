# NameError and UnboundLocalError messages.
try:
    print(not_defined_anywhere_xyz)
except NameError as e:
    print("NameError", e, e.args)
counter = 0


def broken_increment():
    counter += 1


try:
    broken_increment()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def uses_before_assign():
    value_here = value_here_too + 1
    value_here_too = 1
    return value_here


try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def deleted():
    temp = 1
    del temp
    return temp


try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
qq = 1
del qq
try:
    qq
except NameError as e:
    print("NameError", e)
try:
    del never_existed_zz
except NameError as e:
    print("NameError", e)


def outer():
    def inner():
        return captured
    try:
        return inner()
    except NameError as e:
        return "NameError " + str(e)
    captured = 1


print(outer())
print(isinstance(UnboundLocalError("x"), NameError))
