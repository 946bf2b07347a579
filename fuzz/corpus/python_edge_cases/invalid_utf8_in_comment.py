# café
def f(a):
    return a
