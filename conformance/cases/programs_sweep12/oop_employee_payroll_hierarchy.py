from abc import ABC, abstractmethod


class Employee(ABC):
    _registry = []

    def __init__(self, name, emp_id):
        self.name = name
        self.emp_id = emp_id
        Employee._registry.append(self)

    @abstractmethod
    def monthly_pay(self):
        ...

    def __str__(self):
        return f"{self.emp_id:04d} {self.name:<10} {type(self).__name__:<12} {self.monthly_pay():>10,.2f}"

    @classmethod
    def payroll(cls):
        return [e for e in cls._registry if isinstance(e, cls)]

    @staticmethod
    def tax(amount):
        brackets = [(1000, 0.0), (3000, 0.1), (float("inf"), 0.25)]
        owed, lower = 0.0, 0
        for upper, rate in brackets:
            if amount > lower:
                owed += (min(amount, upper) - lower) * rate
            lower = upper
        return round(owed, 2)


class Salaried(Employee):
    def __init__(self, name, emp_id, salary):
        super().__init__(name, emp_id)
        self.salary = salary

    def monthly_pay(self):
        return self.salary / 12


class Hourly(Employee):
    def __init__(self, name, emp_id, rate, hours):
        super().__init__(name, emp_id)
        self.rate, self.hours = rate, hours

    def monthly_pay(self):
        regular = min(self.hours, 160)
        overtime = max(0, self.hours - 160)
        return regular * self.rate + overtime * self.rate * 1.5


class Manager(Salaried):
    def __init__(self, name, emp_id, salary, reports=()):
        super().__init__(name, emp_id, salary)
        self.reports = list(reports)

    def monthly_pay(self):
        return super().monthly_pay() + 100 * len(self.reports)


a = Salaried("ann", 1, 60000)
b = Hourly("bob", 2, 22.5, 172)
c = Hourly("cy", 3, 30, 90)
m = Manager("max", 10, 90000, [a, b, c])
for e in Employee.payroll():
    print(e, "tax", Employee.tax(e.monthly_pay()))
print([e.name for e in Salaried.payroll()], [e.name for e in Hourly.payroll()])
total = sum(e.monthly_pay() for e in Employee.payroll())
print(f"total {total:,.2f}", Manager.tax(500), Manager.tax(2500), m.tax(10000))
print(issubclass(Manager, Employee), isinstance(m, Salaried))
