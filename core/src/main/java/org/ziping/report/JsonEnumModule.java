package org.ziping.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Reads every {@link JsonEnum} of the output contract from its JSON value with
 * {@link JsonEnum#fromJson(Class, String)}, so that no enum needs a {@code @JsonCreator} of its
 * own: a value this version does not know, or an object or array where a value belongs, reads as
 * null; a scalar that is not a string (a number, a boolean) is looked up by its text. Registered
 * by {@link ReportJson}; enums that are not {@link JsonEnum}s keep Jackson's own reading.
 */
final class JsonEnumModule extends SimpleModule {
  JsonEnumModule() {
    super("JsonEnum");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                      BeanDescription beanDesc) {
        return JsonEnum.class.isAssignableFrom(type) ? new ValueReader(type) : null;
      }
    });
  }

  /** The deserializer of one {@link JsonEnum} type. */
  private static final class ValueReader extends StdScalarDeserializer<Object> {
    ValueReader(Class<?> type) {
      super(type);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        p.skipChildren();
        return null;
      }
      return JsonEnum.fromJson((Class) handledType(), p.getValueAsString());
    }
  }
}
