package dev.seawall.core.internal.json;

import com.squareup.moshi.Types;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;

/** Resolves a generic record's component types against the requested parameterised type. */
final class TypeResolution {
  private TypeResolution() {}

  /**
   * Substitutes the type variables of {@code raw} in {@code toResolve} by the arguments of {@code
   * context}; a raw context resolves variables to their first bound.
   */
  static Type resolve(Type context, Class<?> raw, Type toResolve) {
    if (toResolve instanceof TypeVariable<?> variable) {
      TypeVariable<?>[] parameters = raw.getTypeParameters();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].equals(variable)) {
          return context instanceof ParameterizedType parameterized
              ? parameterized.getActualTypeArguments()[i]
              : variable.getBounds()[0];
        }
      }
      return variable.getBounds()[0];
    } else if (toResolve instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments().clone();
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = resolve(context, raw, arguments[i]);
      }
      Type owner = parameterized.getOwnerType();
      return owner == null
          ? Types.newParameterizedType(parameterized.getRawType(), arguments)
          : Types.newParameterizedTypeWithOwner(owner, parameterized.getRawType(), arguments);
    } else if (toResolve instanceof GenericArrayType array) {
      return Types.arrayOf(resolve(context, raw, array.getGenericComponentType()));
    } else if (toResolve instanceof WildcardType wildcard) {
      Type[] lower = wildcard.getLowerBounds();
      return lower.length > 0
          ? Types.supertypeOf(resolve(context, raw, lower[0]))
          : Types.subtypeOf(resolve(context, raw, wildcard.getUpperBounds()[0]));
    }
    return toResolve;
  }
}
