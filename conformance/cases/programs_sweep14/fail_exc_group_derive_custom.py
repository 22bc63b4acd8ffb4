# A custom ExceptionGroup subclass without derive(): split() produces
# plain ExceptionGroups, and the uncaught group prints its subclass name.
class ValidationErrors(ExceptionGroup):
    def summary(self):
        return f"{len(self.exceptions)} problem(s)"


errs = ValidationErrors("invalid input", [ValueError("age"), KeyError("name"), ValueError("mail")])
print(errs.summary())
values, rest = errs.split(ValueError)
print(type(values).__name__, type(rest).__name__, values.message)
raise errs
