package org.rightsline.system;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A form body that cannot be decoded (broken percent-encoding, say) gets 400 and one log
 * line that names the path only. Left to Tomcat, the refusal is logged with the
 * parameter's value quoted: a message's text in the log.
 */
@RestControllerAdvice
class UndecodableRequests {

	private static final Logger log = LoggerFactory.getLogger(UndecodableRequests.class);

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<String> refuse(HttpServletRequest request) {
		log.warn("Refused a request to {} whose parameters cannot be decoded", request.getRequestURI());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("Malformed request\n");
	}

}
