# `from None` hides the context in the traceback, but __context__ stays.
class NotFound(Exception):
    pass


def find(users, name):
    try:
        return users[name]
    except KeyError:
        raise NotFound(f"no user {name!r}") from None


users = {"ann": 1}
try:
    find(users, "bob")
except NotFound as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__, e.__cause__)
find(users, "cy")
