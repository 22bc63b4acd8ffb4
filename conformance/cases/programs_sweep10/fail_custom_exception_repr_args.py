class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
e = ValidationError("age", "must be >= 0")
print(repr(e), e.args, str(e))
class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet()), repr(Quiet("a", 2)), str(Quiet("a", 2)))
raise ValidationError("email", "missing @")
