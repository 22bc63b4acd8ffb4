class Step:
    def __init__(self, name, fail_enter=False, fail_exit=False, swallow=False):
        self.name, self.fail_enter, self.fail_exit, self.swallow = name, fail_enter, fail_exit, swallow

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"{self.name} enter failed")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        if self.fail_exit:
            raise ValueError(f"{self.name} exit failed")
        return self.swallow


def run(*steps, body_error=None):
    try:
        with steps[0], steps[1], steps[2]:
            print("body")
            if body_error:
                raise body_error
    except Exception as e:
        chain = []
        while e:
            chain.append(f"{type(e).__name__}({e})")
            e = e.__context__
        print("caught:", " <- ".join(chain))
    else:
        print("no error")


run(Step("a"), Step("b"), Step("c"))
run(Step("a"), Step("b", fail_enter=True), Step("c"))
run(Step("a"), Step("b", fail_exit=True), Step("c"), body_error=KeyError("k"))
run(Step("a", swallow=True), Step("b", fail_exit=True), Step("c"))
run(Step("a"), Step("b", swallow=True), Step("c", fail_exit=True), body_error=TypeError("t"))
