package dev.newsqa.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads the API's request records as written: a field of the wrong JSON type (a number for a string, a string
 * or a fraction for a whole number, a number or string for a boolean), a field the record does not have (a
 * misspelt {@code "conversation"} would otherwise drop the conversation without a word) and anything after the JSON
 * value fail, so they are 400 instead of being quietly coerced or ignored. Used with {@code @CustomDeserialization}
 * on each endpoint that takes a request record; the application's own mapper (channels' payloads, responses) is
 * left as is.
 */
public final class StrictJsonReader implements BiFunction<ObjectMapper, Type, ObjectReader> {

    private static volatile ObjectMapper base;
    private static volatile ObjectMapper strict;

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        ObjectMapper s = strict;
        if (s == null || base != mapper) {
            s = strict(mapper);
            strict = s;
            base = mapper;
        }
        return s.readerFor(s.constructType(type));
    }

    static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper s = mapper.copy();
        s.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        s.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        s.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        s.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        s.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        s.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return s;
    }
}
