# Norvig-style environments: each scope is a dict that knows its outer scope.
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, var):
        return self if (var in self) else self.outer.find(var)

    def depth(self):
        n, env = 0, self
        while env is not None:
            n, env = n + 1, env.outer
        return n


glob = Env(["+", "pi"], [lambda a, b: a + b, 3.14159])
env = glob
for i in range(50):
    env = Env([f"x{i}"], [i], env)
print("depth", env.depth(), "x7 =", env.find("x7")["x7"], "pi =", env.find("pi")["pi"])
print(env.find("+")["+"](2, 3), sorted(env.find("x49")))

# a runaway recursion (a loop of closures, each adding a scope) makes the chain
# deeper than the recursion limit; the lookup of a free name then fails
for i in range(5000):
    env = Env(["tmp"], [i], env)
print("depth", env.depth())
print(env.find("tmp")["tmp"])
print(env.find("undefined"))
