# Mutual recursion through methods and a lambda.
# limit: none
# exit: 1
# expect-error: RecursionError: maximum recursion depth exceeded
class A:
    def ping(self):
        return pong(self)

pong = lambda a: a.ping()
A().ping()
