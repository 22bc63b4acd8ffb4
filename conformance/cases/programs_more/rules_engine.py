class Rule:
    def __init__(self, name, priority, condition, action, stop=False):
        self.name, self.priority = name, priority
        self.condition, self.action, self.stop = condition, action, stop
        self.fired = 0

    def __repr__(self):
        return f"Rule({self.name!r}, p={self.priority})"


class Engine:
    def __init__(self):
        self.rules = []

    def rule(self, priority=0, stop=False, when=None):
        def deco(fn):
            self.rules.append(Rule(fn.__name__, priority, when or (lambda f: True), fn, stop))
            return fn
        return deco

    def evaluate(self, facts):
        facts = dict(facts)
        facts.setdefault("notes", [])
        ordered = sorted(self.rules, key=lambda r: (-r.priority, r.name))
        for r in ordered:
            if r.condition(facts):
                r.fired += 1
                r.action(facts)
                facts["notes"].append(r.name)
                if r.stop:
                    break
        return facts


pricing = Engine()


@pricing.rule(priority=100, stop=True, when=lambda f: f.get("blocked"))
def reject_blocked(f):
    f["total"] = 0
    f["status"] = "rejected"


@pricing.rule(priority=50, when=lambda f: f["qty"] >= 10)
def bulk_discount(f):
    f["discount"] = f.get("discount", 0) + 10


@pricing.rule(priority=50, when=lambda f: f.get("member"))
def member_discount(f):
    f["discount"] = f.get("discount", 0) + 5


@pricing.rule(priority=40, when=lambda f: f.get("coupon") == "HALF")
def coupon_half(f):
    f["discount"] = max(f.get("discount", 0), 50)


@pricing.rule(priority=10)
def compute_total(f):
    gross = f["qty"] * f["unit"]
    f["total"] = gross - gross * f.get("discount", 0) // 100
    f["status"] = "ok"


@pricing.rule(priority=5, when=lambda f: f["total"] > 500)
def free_shipping(f):
    f["shipping"] = 0


@pricing.rule(priority=0, when=lambda f: "shipping" not in f)
def default_shipping(f):
    f["shipping"] = 15


orders = [
    {"id": 1, "qty": 2, "unit": 40},
    {"id": 2, "qty": 12, "unit": 50, "member": True},
    {"id": 3, "qty": 3, "unit": 300, "coupon": "HALF", "member": True},
    {"id": 4, "qty": 100, "unit": 1, "blocked": True},
    {"id": 5, "qty": 10, "unit": 60, "coupon": "BOGUS"},
]
for o in orders:
    r = pricing.evaluate(o)
    print(r["id"], r["status"], r["total"], r.get("discount", 0), r.get("shipping"), r["notes"])
print(sorted((r.name, r.fired) for r in pricing.rules))
print(sorted(pricing.rules, key=lambda r: -r.priority)[:3])
print("original untouched:", orders[0])
