"""Neural-network building blocks shared by pages: registries of losses and optimizers.

Declared once here, so the optimization lab, the training studio, the URL
state and the exported code all offer the same choices with the same names.
"""
