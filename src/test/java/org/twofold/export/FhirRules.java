package org.twofold.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/** The HAPI FHIR R4 validator with the base profiles and the common code systems: slow to build, so once per test class. */
final class FhirRules {
    private final FhirValidator validator;

    FhirRules() {
        FhirContext fhir = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(
            new DefaultProfileValidationSupport(fhir),
            new InMemoryTerminologyServerValidationSupport(fhir),
            new CommonCodeSystemsTerminologyService(fhir));
        validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** Every message; warnings and information are printed, errors are returned for the test to refuse. */
    List<String> errors(String what, String bundle) {
        List<SingleValidationMessage> messages = validator.validateWithResult(bundle).getMessages();
        messages.stream().filter(m -> !isError(m))
            .forEach(m -> System.out.println(what + " " + m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage()));
        return messages.stream().filter(FhirRules::isError)
            .map(m -> what + " " + m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage()).toList();
    }

    private static boolean isError(SingleValidationMessage m) {
        return m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL;
    }
}
