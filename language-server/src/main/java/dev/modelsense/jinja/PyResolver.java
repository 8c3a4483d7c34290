package dev.modelsense.jinja;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * Resolves attribute access that Jinjava's bean resolver gets wrong for dbt code: Python {@code str} methods on
 * strings ({@code 'a.b'.split('.')} is not a Java regex split), {@code 'abc'[0]}, and attributes/methods of our
 * {@link PyObject}s. Placed first in the resolver chain; anything it does not know falls through.
 */
final class PyResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null || property == null) {
            return null;
        }
        if (base instanceof PyObject object) {
            Object value = object.getAttr(property.toString());
            if (value != PyObject.NO_ATTRIBUTE) {
                context.setPropertyResolved(true);
                return value;
            }
            return null;
        }
        if (base instanceof String s) {
            String name = property.toString();
            if (property instanceof Number || isInteger(name)) {
                int index = Integer.parseInt(name);
                int at = index < 0 ? s.length() + index : index;
                context.setPropertyResolved(true);
                return at >= 0 && at < s.length() ? String.valueOf(s.charAt(at)) : null;
            }
            if (PyStrings.isMethod(name)) {
                context.setPropertyResolved(true);
                return new PyFunction(name, args -> PyStrings.call(s, name, args));
            }
        }
        return null;
    }

    private static boolean isInteger(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        int start = s.charAt(0) == '-' && s.length() > 1 ? 1 : 0;
        for (int i = start; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // read-only: assignments go to maps and namespaces through Jinjava's own resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof String || base instanceof PyObject ? Object.class : null;
    }
}
