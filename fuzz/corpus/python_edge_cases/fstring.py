def f(a):
    return f'{a!r:>{a}}'
