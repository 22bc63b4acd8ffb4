# The "as" name is deleted at the end of the handler.
e = "outer value"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError", err)
saved = None
try:
    int("q")
except ValueError as exc:
    saved = exc
print("saved:", repr(saved), saved.args)


def handler_in_function():
    try:
        [].pop()
    except IndexError as problem:
        message = str(problem)
    return message, message.upper()


print(handler_in_function())
