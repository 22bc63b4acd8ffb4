class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold=3, cooldown=5):
        self.threshold, self.cooldown = threshold, cooldown
        self.failures = 0
        self.state = "closed"
        self.opened_at = None

    def call(self, fn, now):
        if self.state == "open":
            if now - self.opened_at >= self.cooldown:
                self.state = "half-open"
            else:
                raise CircuitOpen(f"open since t={self.opened_at}, retry at t={self.opened_at + self.cooldown}")
        try:
            result = fn()
        except Exception as e:
            self.failures += 1
            if self.state == "half-open" or self.failures >= self.threshold:
                self.state, self.opened_at = "open", now
            raise
        self.failures = 0
        self.state = "closed"
        return result


def service(pattern):
    it = iter(pattern)

    def fn():
        if next(it) == "x":
            raise ConnectionError("backend down")
        return "ok"
    return fn


b = Breaker()
svc = service("oxxxxxoooxo")
for t in range(14):
    try:
        r = b.call(svc, t)
        print(f"t={t:>2} {b.state:<9} -> {r}")
    except CircuitOpen as e:
        print(f"t={t:>2} {b.state:<9} -> short-circuit: {e}")
    except ConnectionError as e:
        print(f"t={t:>2} {b.state:<9} -> error: {e} (failures={b.failures})")
    except StopIteration:
        print(f"t={t:>2} no more calls")
        break
