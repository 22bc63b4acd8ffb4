record = "ann,30"
name, age, city = record.split(",")
print(name, age, city)
